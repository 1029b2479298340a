package parproc.grader.inputs;

/** Derives independent seeds from one grading seed, so that a grading reproduces from it. */
public final class Seeds {

  private Seeds() {}

  /** The seed of one part (an exercise, a run) of a grading. */
  public static long derive(long seed, String part) {
    long h = seed ^ 0x9E3779B97F4A7C15L;
    for (int i = 0; i < part.length(); i++) {
      h = mix(h + part.charAt(i));
    }
    return mix(h) & Long.MAX_VALUE;
  }

  public static long derive(long seed, int index) {
    return derive(seed, "#" + index);
  }

  /** SplitMix64's finaliser: every input bit affects every output bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
