/**
 * The unit directory: the Unit (单位) and UnitGroup (单位组) aggregates and their commands. Rule:
 * aggregates depend on nothing but the events contract, Axon modelling and this module's {@code rule}
 * and {@code snapshot} packages; rules across units (unique names after alias resolution) belong to
 * the app, which sees the whole directory.
 */
package duban.tasks.unit.domain;
