package parproc.grader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Control characters shown rather than sent: what each becomes, and what stays as it is. */
class VisibleTextTests {

  @Test
  void everyControlCharacterButNewlineAndTabIsWrittenOut() {
    assertThat(VisibleText.escape("a\u001b[2Jb\rc\u202ed\n\te\u007f\u009b\u0000\u2066f\u0085"))
        .isEqualTo("a\\x1b[2Jb\\rc\\u202ed\n\te\\x7f\\x9b\\x00\\u2066f\\x85");
  }

  @Test
  void jsonGetsJsonEscapesThatReadBackTheSame() {
    assertThat(VisibleText.escapeJson("{\"out\" : \"a\u009b2J\u202eb\"}\n"))
        .isEqualTo("{\"out\" : \"a\\u009b2J\\u202eb\"}\n");
  }

  @Test
  void textWithoutControlCharactersIsReturnedAsItIs() {
    String text = "Zoë: Total: 10/10\n\t→ שלום";

    assertThat(VisibleText.escape(text)).isSameAs(text);
    assertThat(VisibleText.escape(null)).isNull();
  }

  @Test
  void aLineEndAsWindowsWritesItStaysButALoneCarriageReturnIsShown() {
    String windows = "PASS x\r\n{\r\n  \"a\" : 1\r\n}\r\n";

    assertThat(VisibleText.escape(windows)).isSameAs(windows);
    assertThat(VisibleText.escapeJson(windows)).isSameAs(windows);
    assertThat(VisibleText.escape("Total: 0/10\rTotal: 10/10\r\n")).isEqualTo("Total: 0/10\\rTotal: 10/10\r\n");
  }
}
