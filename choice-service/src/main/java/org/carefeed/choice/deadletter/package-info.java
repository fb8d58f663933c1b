/**
 * The dead letters of the topics this service reads: an administrator lists them with why each
 * failed, and replays one to its original topic once the cause is fixed; never one about a review
 * erased or taken down since.
 */
package org.carefeed.choice.deadletter;
