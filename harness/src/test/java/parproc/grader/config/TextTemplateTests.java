package parproc.grader.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one place templates are parsed and filled: stdin, messages, expected values and patterns. */
class TextTemplateTests {

  private static final TextTemplate DIGGER =
      TextTemplate.parse("Hi {input.name}, worker {worker} digs hole {number:hole} as {pid} ({text:why})");

  @Test
  void eachPlaceholderIsWrittenBackAsTheTemplateWroteIt() {
    assertThat(DIGGER.fill(TextTemplate.Placeholder::source)).isEqualTo(DIGGER.source());
  }

  @Test
  void eachValuesAndInputFieldsAreFilledAndTheRestAsAsked() {
    String filled = DIGGER.fill(Map.of("worker", "A"), Map.of("name", "Zoë"), p -> "<" + p.name() + ">");

    assertThat(filled).isEqualTo("Hi Zoë, worker A digs hole <hole> as <pid> (<why>)");
  }

  @Test
  void aValueIsNeverFilledTwice() {
    // A name that looks like a placeholder stays as it was typed.
    String stdin = TextTemplate.parse("{name}\n{count}\n").fill(Map.of("name", "{count}", "count", "3"), Map.of(),
        TextTemplate.Placeholder::source);

    assertThat(stdin).isEqualTo("{count}\n3\n");
  }

  @Test
  void literalsCanBeTransformedApartFromThePlaceholders() {
    assertThat(TextTemplate.parse("a.b {pid}").fill(literal -> literal.replace(".", "\\."), p -> "(\\d+)"))
        .isEqualTo("a\\.b (\\d+)");
  }

  @Test
  void aMalformedPlaceholderSaysWhatIsAllowed() {
    assertThatThrownBy(() -> TextTemplate.parse("{number:}")).hasMessage(
        "'{number:}' is not a placeholder: use {pid}, {number:NAME}, {text:NAME}, {input.FIELD} or the name"
            + " of an 'each' list");
  }
}
