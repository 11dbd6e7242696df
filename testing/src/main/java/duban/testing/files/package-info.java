/**
 * Hostile files for the tests of whatever reads uploaded files. Rule: each file is built by code at test time, small on
 * the wire, and documented by what it does to a reader; nothing here reads or asserts.
 */
package duban.testing.files;
