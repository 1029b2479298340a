/**
 * What every step of the grading shares: the harness's own failure and the edit distance that
 * names misspellings. It uses only the JDK, and every package may use it.
 */
package parproc.grader;
