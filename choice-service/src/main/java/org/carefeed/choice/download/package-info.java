/**
 * Bulk downloads of the open data as CSV (RFC 4180, UTF-8, header row), streamed from the database row
 * by row, each with its column dictionary, licence and provenance. Each feature provides its own
 * {@link org.carefeed.choice.download.CsvDownload}; this package serves them all alike.
 */
package org.carefeed.choice.download;
