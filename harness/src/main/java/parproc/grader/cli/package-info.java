/**
 * The grade command (picocli): options into a request, a class or a merge, and the exit codes.
 * It may use every other package.
 */
package parproc.grader.cli;
