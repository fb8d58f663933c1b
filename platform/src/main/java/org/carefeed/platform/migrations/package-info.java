/**
 * Versioned migrations: changes a new version makes once to the data an older one left, run in order
 * in the background after start-up, on one instance at a time, and recorded so each runs once per database.
 */
package org.carefeed.platform.migrations;
