package parproc.grader.checks.messages;

/** Something said of one process of a run, in a message that lists its processes. */
public interface ProcessFact {

  /** The process, as messages name it, e.g. "child Process-1 (pid 101, running sayHi)". */
  String process();

  /** What it did, completing "PROCESS ...". */
  String did();

  /** The whole sentence. */
  default String sentence() {
    return process() + " " + did();
  }
}
