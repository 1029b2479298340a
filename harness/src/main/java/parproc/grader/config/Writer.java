package parproc.grader.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which process is expected to print a line. */
public enum Writer {
  /** The process that called the entry function. */
  @JsonProperty("parent")
  PARENT,
  /** Any process that the program started. */
  @JsonProperty("child")
  CHILD,
  /** Either. */
  @JsonProperty("any")
  ANY;

  /** How a message names this writer: "the parent", "a child". */
  public String phrase() {
    return switch (this) {
      case PARENT -> "the parent";
      case CHILD -> "a child";
      case ANY -> "any process";
    };
  }
}
