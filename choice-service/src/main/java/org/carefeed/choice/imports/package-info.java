/**
 * Imports of published files as background jobs: format and encoding checked before anything is
 * written, rows streamed and written in unordered bulk batches, bad rows reported and skipped.
 */
package org.carefeed.choice.imports;
