/**
 * The operating system: its process table, CPU counters, cgroups, namespaces' paths, process trees and kills.
 * It may use only the JDK; every other package may use it.
 */
package parproc.grader.os;
