/**
 * The provider directory: every organisation patients can review or choose, imported from published
 * files, and shared with other services as events on the compacted providers topic.
 */
package org.carefeed.choice.directory;
