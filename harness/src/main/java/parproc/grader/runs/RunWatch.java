package parproc.grader.runs;

/** Watches a run while it is live and may end it early, naming why (say, a deadlock). */
public interface RunWatch {

  /** Watches nothing: the run ends by itself or at its time limit. */
  RunWatch NONE = pid -> trace -> null;

  /** Begins watching the run whose graded process is {@code pid}. */
  Watching begin(long pid);

  /** The watching of one run. */
  interface Watching {
    /**
     * Called every few milliseconds while the run is live, once the runner has read its trace:
     * {@code trace} holds the records that arrived. Why to end the run now, or null to let it go on.
     */
    String look(TraceTail trace);

    /** The run has ended, or was ended. */
    default void ended() {}
  }
}
