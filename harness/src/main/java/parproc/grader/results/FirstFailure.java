package parproc.grader.results;

/**
 * The first run in which a check failed: enough to show a student what went wrong.
 *
 * @param run the run's number, from 1
 * @param input the stdin it was given, described
 */
public record FirstFailure(int run, String input, String message, Evidence evidence, String stdout) {}
