/** REST view of a task's progress. Rule: reads the progress builder; a unit's clerk reads only tasks it is on. */
package duban.reporting.progress.api;
