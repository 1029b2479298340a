package parproc.grader.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A value an option's own check refused, with a reason that already says what the option
 * expects: shown alone, without the pointer to --help that other command-line mistakes get.
 */
final class InvalidOptionValue extends ParameterException {

  private static final long serialVersionUID = 1L;

  InvalidOptionValue(CommandLine line, String reason) {
    super(line, reason);
  }
}
