package parproc.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the grader prints is UTF-8, and readable on a Windows console left on an old code page. */
class ConsoleEncodingTests {

  @Test
  void filesPipesAndUtf8ConsolesGetUtf8() {
    assertThat(ConsoleEncoding.choose(false, "cp437")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(ConsoleEncoding.choose(true, null)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(ConsoleEncoding.choose(true, "cp65001")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(ConsoleEncoding.choose(true, "UTF-8")).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void noConsoleIsNoTerminal() {
    // Surefire's JVM has its output redirected: on any Java, that is no terminal.
    assertThat(ConsoleEncoding.isTerminal(System.console())).isFalse();
    assertThat(ConsoleEncoding.isTerminal(null)).isFalse();
  }

  @Test
  void aWindowsConsoleOnAnotherCodePageGetsThatCodePage() {
    assertThat(ConsoleEncoding.choose(true, "cp437")).isEqualTo(Charset.forName("IBM437"));
    assertThat(ConsoleEncoding.choose(true, "cp1252")).isEqualTo(Charset.forName("windows-1252"));
    assertThat(ConsoleEncoding.choose(true, "no-such-page")).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void whatTheCodePageLacksIsShownByAPlainStandIn() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter writer = ConsoleEncoding.writer(bytes, Charset.forName("IBM437"));

    writer.print("procEx \u2014 Making a process: 10/10, \u2248 2 ms, Zo\u00eb \u2717 \u4e2d");
    writer.flush();

    assertThat(new String(bytes.toByteArray(), Charset.forName("IBM437")))
        .isEqualTo("procEx - Making a process: 10/10, \u2248 2 ms, Zo\u00eb x ?");
  }

  @Test
  void utf8IsWrittenAsItIs() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter writer = ConsoleEncoding.writer(bytes, StandardCharsets.UTF_8);

    writer.print("procEx \u2014 Zo\u00eb \u4e2d");
    writer.flush();

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("procEx \u2014 Zo\u00eb \u4e2d");
  }
}
