package parproc.grader.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import parproc.grader.VisibleText;
import picocli.CommandLine;

/**
 * The {@code grade} command. Takes its output and error writers and returns an exit code, so
 * that it is tested without starting a process.
 */
public record Main(PrintWriter out, PrintWriter err) {

  public static void main(String[] args) {
    // UTF-8, except to a Windows console left on another code page (see ConsoleEncoding).
    Charset console = ConsoleEncoding.ofStdout();
    PrintWriter out = ConsoleEncoding.writer(System.out, console);
    PrintWriter err = ConsoleEncoding.writer(System.err, console);
    int code = new Main(out, err).run(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command; never throws for a user's mistake. */
  public int run(String... args) {
    GradeCommand command = new GradeCommand(out, err);
    CommandLine line = new CommandLine(command)
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler((exception, arguments) -> {
          err.println("grade: " + VisibleText.escape(exception.getMessage()));
          if (!(exception instanceof InvalidOptionValue)) {
            err.println("Try 'grade --help' for the options.");
          }
          return ExitCode.CANNOT_GRADE;
        })
        .setExecutionExceptionHandler((exception, cmd, parsed) -> {
          err.println("grade: internal error: " + VisibleText.escape(String.valueOf(exception)));
          return ExitCode.CANNOT_GRADE;
        });
    int code = line.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
