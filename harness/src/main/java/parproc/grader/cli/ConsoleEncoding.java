package parproc.grader.cli;

import java.io.Console;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The encoding of what the grader prints: UTF-8, to a file, a pipe or a UTF-8 console (the
 * Windows launchers switch the console to it); to a Windows console left on another code page
 * (java -jar run from a plain cmd window), that code page, with a plain stand-in for each
 * character it cannot show, so that a report is readable rather than mojibake.
 */
final class ConsoleEncoding {

  /** What stands in for the report's characters that old code pages lack. */
  private static final Map<Character, String> STAND_INS = Map.of(
      '\u2014', "-", '\u2013', "-", '\u2248', "~", '\u2019', "'", '\u2018', "'", '\u201c', "\"", '\u201d', "\"",
      '\u2026', "...", '\u2717', "x", '\u2713', "v");

  private ConsoleEncoding() {}

  /** The encoding for standard output as this JVM sees it. */
  static Charset ofStdout() {
    boolean windowsConsole = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
        && isTerminal(System.console());
    String console = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
    return choose(windowsConsole, console);
  }

  /**
   * Whether {@code console} is a terminal. Before Java 22 a console exists only for one; from 22 on
   * it may exist with its output redirected to a file, and {@code Console.isTerminal()} (looked up,
   * since the grader is built for 17) tells.
   */
  static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /**
   * UTF-8, unless standard output is a Windows console whose code page ({@code consoleEncoding},
   * as Java names it: "cp437", "cp65001") is another.
   */
  static Charset choose(boolean windowsConsole, String consoleEncoding) {
    if (!windowsConsole || consoleEncoding == null || consoleEncoding.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    String name = consoleEncoding.strip().toLowerCase(Locale.ROOT);
    if (name.equals("cp65001") || name.equals("utf-8") || name.equals("utf8")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /** A writer to {@code out} in {@code charset}, with stand-ins for what the charset cannot encode. */
  static PrintWriter writer(OutputStream out, Charset charset) {
    Writer encoded = new OutputStreamWriter(out, charset);
    if (charset.equals(StandardCharsets.UTF_8)) {
      return new PrintWriter(encoded, true);
    }
    CharsetEncoder encoder = charset.newEncoder();
    return new PrintWriter(new Writer() {
      @Override
      public void write(char[] text, int offset, int length) throws IOException {
        StringBuilder plain = new StringBuilder(length);
        for (int i = offset; i < offset + length; i++) {
          char c = text[i];
          plain.append(encoder.canEncode(c) ? String.valueOf(c) : STAND_INS.getOrDefault(c, "?"));
        }
        encoded.write(plain.toString());
      }

      @Override
      public void flush() throws IOException {
        encoded.flush();
      }

      @Override
      public void close() throws IOException {
        encoded.close();
      }
    }, true);
  }
}
