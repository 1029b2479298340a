/**
 * What every step of the grading shares: the harness's own failure, the edit distance that
 * names misspellings, and text made safe to print on a terminal. It uses only the JDK, and every
 * package may use it.
 */
package parproc.grader;
