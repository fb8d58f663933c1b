/**
 * The change feed: one ordered stream of everything public that changed (providers, indicator values,
 * reviews with their responses, provider figures), so that a developer keeps a full mirror with one loop.
 *
 * <p>Each write to a public read model is followed by a {@link ChangeNotice} (kind and id, never the data)
 * on the one-partition topic {@link ChangeNotices#TOPIC}. The partition's offsets (plus one) are the
 * positions: Kafka gives them out in the order records are appended, one at a time, with no gaps. The
 * {@link ChangeRecorder} copies each notice to the {@code changes} collection under its position, and
 * {@code GET /api/changes} serves positions after a client's cursor up to the first one not yet
 * recorded, each with the current public state of what it names, found by a {@link ChangeResolver}.
 *
 * <p>Why no change is skipped: a notice is appended only after its write has landed, so its offset is
 * higher than that of every notice already appended when the write landed; and a client is only ever
 * given an unbroken run of positions. So any write a client's read did not see has a notice at a
 * position after the client's cursor, which its next read returns, with a state at least as new as
 * that write. Applying a change is setting the state of one thing, so a change seen twice does no harm.
 */
package org.carefeed.choice.change;
