/**
 * Start methods: an exercise graded under fork, spawn and forkserver, a program whose outcome
 * depends on the method, and why, in the student's terms. It may use grading, results and
 * observations.
 */
package parproc.grader.portability;
