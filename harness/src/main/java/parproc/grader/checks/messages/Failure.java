package parproc.grader.checks.messages;

/**
 * What a failed check found. Each kind of failure is one record: its components are the facts
 * the check computed, and its {@link #message()} words them for the student, as AssertJ's
 * {@code ShouldContain} words a failed {@code contains}.
 */
public interface Failure {

  Message message();
}
