/**
 * The unit directory: the Unit (单位) and UnitGroup (单位组) aggregates, deciding the commands of
 * {@code duban.tasks.unit.command}. Rule: aggregates depend on nothing but the events contract, Axon modelling
 * and this module's {@code rule} and {@code snapshot} packages; what needs the whole directory (that a spelling
 * names one unit) comes in through the port of {@code duban.tasks.unit.port}.
 */
package duban.tasks.unit.domain;
