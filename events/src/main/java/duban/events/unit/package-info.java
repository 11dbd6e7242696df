/** Events of the unit directory: units (单位), their aliases, and unit groups (单位组). */
package duban.events.unit;
