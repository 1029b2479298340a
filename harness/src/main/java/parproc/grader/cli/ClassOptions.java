package parproc.grader.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of {@code grade --class}, which grades a class into a folder, and of {@code --merge}. */
final class ClassOptions {

  @Option(names = "--class", paramLabel = "DIR",
      description = "Grade a class: each subfolder (or .zip) of DIR is one student's submission; --output names a folder.")
  Path folder;

  @Option(names = "--student-timeout", paramLabel = "SECONDS",
      description = "In class mode, the wall-time limit of one student's grading (default: none).")
  Double studentTimeout;

  @Option(names = "--resume", description = "In class mode, keep the students whose results in --output still match their inputs.")
  boolean resume;

  @Option(names = "--shard", paramLabel = "K/N", description = "In class mode, grade only the K-th of N slices of the class.")
  String shard;

  @Option(names = "--merge", paramLabel = "GRADES", arity = "1..*",
      description = "Merge the --output folders of class shards into the folder --output names.")
  List<Path> merge;
}
