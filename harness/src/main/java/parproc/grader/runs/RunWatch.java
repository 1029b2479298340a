package parproc.grader.runs;

import java.nio.file.Path;

/** Watches a run while it is live and may end it early, naming why (say, a deadlock). */
public interface RunWatch {

  /** Watches nothing: the run ends by itself or at its time limit. */
  RunWatch NONE = (pid, trace) -> () -> null;

  /** Begins watching the run whose graded process is {@code pid} and whose probe writes {@code trace}. */
  Watching begin(long pid, Path trace);

  /** The watching of one run. */
  interface Watching {
    /** Called every few milliseconds while the run is live: why to end it now, or null to let it go on. */
    String look();

    /** The run has ended, or was ended. */
    default void ended() {}
  }
}
