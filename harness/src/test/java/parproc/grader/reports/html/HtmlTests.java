package parproc.grader.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import parproc.grader.testing.HeadlessChromium;

/** Escaping of whatever a program wrote, and the page's policy, checked in a real browser too. */
class HtmlTests {

  static final String ATTACK = "</svg></title><script>document.title='pwned'</script>"
      + "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">\"' & done";

  @Test
  void escapesMarkupAndQuotes() {
    assertThat(Html.text("<b a=\"1\" c='2'>&amp;</b>"))
        .isEqualTo("&lt;b a=&quot;1&quot; c=&#39;2&#39;&gt;&amp;amp;&lt;/b&gt;");
  }

  @Test
  void showsControlCharactersAsSymbolsAndKeepsNewlinesAndTabs() {
    assertThat(Html.text("a\u0000b\u001bc\rd\ne\tf\u007fg\u0085h")).isEqualTo("a\u2400b\u241bc\u240dd\ne\tf\u2421g\\x85h");
  }

  @Test
  void replacesLoneSurrogatesAndKeepsPairs() {
    assertThat(Html.text("x\ud800y\ud83d\ude00z\udc00")).isEqualTo("x\ufffdy\ud83d\ude00z\ufffd");
  }

  @Test
  void nullIsEmpty() {
    assertThat(Html.text(null)).isEmpty();
    assertThat(Html.attr(null)).isEmpty();
  }

  @Test
  void tokensKeepOnlyLettersDigitsDashAndUnderscore() {
    assertThat(Html.token("L1-a_b")).isEqualTo("L1-a_b");
    assertThat(Html.token("a\"b c<é")).isEqualTo("a_b_c__");
    assertThat(Html.token("")).isEqualTo("_");
  }

  /** Random strings over an alphabet rich in markup: the escaped text never holds markup. */
  @TestFactory
  Stream<DynamicTest> escapedTextHoldsNoMarkupCharacters() {
    String alphabet = "<>&\"'/=ab \n\t\u0000\u001f\u007f\u0090é\ud83d\ude00\ud800";
    return IntStream.range(0, 40).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random random = new Random(seed);
      StringBuilder value = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String escaped = Html.text(value.toString());
      assertThat(escaped).doesNotContain("<", ">", "\"", "'", "\u0000", "\u007f");
      assertThat(escaped.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
      // What the parser reads back is what was written, but for the control characters shown.
      String shown = Jsoup.parse("<p>" + escaped + "</p>").selectFirst("p").wholeText();
      assertThat(shown).isEqualTo(Html.text(value.toString()).replace("&lt;", "<").replace("&gt;", ">")
          .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"));
    }));
  }

  @Test
  void policyAllowsNoScriptAndOnlyThePagesOwnStyleByHash() {
    Html.Page page = Html.page("t").style("p{color:red}");
    assertThat(page.policy())
        .startsWith("default-src 'none'")
        .contains("script-src 'none'")
        .contains("style-src " + Html.sha256Source("p{color:red}"))
        .doesNotContain("unsafe");
    assertThat(Html.page("t").policy()).contains("script-src 'none'").contains("style-src 'none'");
  }

  @Test
  void sha256SourceIsTheBase64DigestCspExpects() {
    // Known digest: sha256("") = 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=
    assertThat(Html.sha256Source("")).isEqualTo("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  }

  @Test
  void refusesAStyleThatWouldCloseItsElement() {
    assertThatThrownBy(() -> Html.page("t").style("</style>")).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * In the browser: an attack in the title, the text and an attribute runs nothing and shows as
   * text, and a script smuggled into the page does not run.
   */
  @Test
  void inTheBrowserEscapedTextRunsNothingAndNoScriptRuns(@TempDir Path folder) throws Exception {
    HeadlessChromium chromium = HeadlessChromium.require();
    Html.Page page = Html.page(ATTACK)
        .style("p.out{font-family:monospace}")
        .body("<p class=\"out\" id=\"text\">" + Html.text(ATTACK) + "</p>\n")
        .body("<svg width=\"10\" height=\"10\"><title>" + Html.text(ATTACK) + "</title>"
            + "<rect id=\"r\" data-text=\"" + Html.attr(ATTACK) + "\" width=\"5\" height=\"5\"/></svg>\n");
    // A script smuggled into the page after rendering (as an unescaping bug would put it there)
    // must be refused by the policy.
    String rendered = page.render().replace("</body>", "<script>document.body.setAttribute('data-smuggled','ran')</script></body>");
    Path file = folder.resolve("page.html");
    Files.writeString(file, rendered, StandardCharsets.UTF_8);

    Document dom = Jsoup.parse(chromium.dumpDom(file));

    assertThat(dom.title()).isEqualTo(ATTACK);
    assertThat(dom.body().attr("data-pwned")).isEmpty();
    assertThat(dom.body().attr("data-smuggled")).isEmpty();
    assertThat(dom.select("img")).isEmpty();
    assertThat(dom.getElementById("text").text()).isEqualTo(ATTACK);
    assertThat(dom.getElementById("r").attr("data-text")).isEqualTo(ATTACK);
    assertThat(dom.select("svg title").first().text()).isEqualTo(ATTACK);
  }
}
