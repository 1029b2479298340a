package parproc.grader.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import parproc.grader.gradebook.Shard;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options of {@code grade --class}, which grades a class into a folder, and of {@code --merge}. */
final class ClassOptions {

  @Option(order = 101, names = "--class", paramLabel = "DIR",
      description = "Grade a class: each subfolder (or .zip) of DIR is one student's submission; --output names a folder.")
  Path folder;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** The wall-time limit of one student's grading, or null for none. */
  Duration studentTimeout;

  /** The slice of the class to grade. */
  Shard shard = Shard.ALL;

  @Option(order = 102, names = "--student-timeout", paramLabel = "SECONDS",
      description = "In class mode, the wall-time limit of one student's grading (default: none).")
  void studentTimeout(double seconds) {
    if (!(seconds > 0 && Double.isFinite(seconds))) {
      throw new InvalidOptionValue(spec.commandLine(), "--student-timeout must be more than 0 seconds");
    }
    studentTimeout = Duration.ofMillis(Math.round(seconds * 1000));
  }

  @Option(order = 103, names = "--resume", description = "In class mode, keep the students whose results in --output still match their inputs.")
  boolean resume;

  @Option(order = 104, names = "--shard", paramLabel = "K/N", description = "In class mode, grade only the K-th of N slices of the class.")
  void shard(String slice) {
    try {
      shard = Shard.parse(slice);
    } catch (IllegalArgumentException e) {
      throw new InvalidOptionValue(spec.commandLine(), e.getMessage());
    }
  }

  @Option(order = 105, names = "--merge", paramLabel = "GRADES", arity = "1..*",
      description = "Merge the --output folders of class shards into the folder --output names.")
  List<Path> merge;
}
