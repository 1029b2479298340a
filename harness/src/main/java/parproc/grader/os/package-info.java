/**
 * The operating system: its process table, cgroups, namespaces' paths, process trees and kills;
 * file names as the bytes they are, and the removal of any tree of files a run leaves.
 * It may use only the JDK; every other package may use it.
 */
package parproc.grader.os;
