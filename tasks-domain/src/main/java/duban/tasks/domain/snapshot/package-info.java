/**
 * What makes aggregate state snapshot-friendly for the app's Jackson serializer. Rule: annotations
 * only; no serializer, no configuration.
 */
package duban.tasks.domain.snapshot;
