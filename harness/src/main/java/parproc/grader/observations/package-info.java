/**
 * Step 3, observations: the probe's trace parsed, each process's lines rebuilt, text normalised, and the
 * detector of deadlocks. It may use runs and the os package.
 */
package parproc.grader.observations;
