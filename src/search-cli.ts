/**
 * An indexing process of the build, started by `indexSite` in
 * src/site/search-index.ts (never by hand): it is sent the site folder and
 * the parts of the search index to write there (`IndexRequest`), indexes them
 * one after another and sends back what it indexed (`Indexed`). If the build
 * goes away, it stops its Pagefind and exits.
 */
import { reply } from './site/processes.ts';
import { closePagefind, indexParts, type IndexRequest } from './site/search-index.ts';

if (!process.send) {
  console.error('search-cli.ts is started by the build (src/cli.ts build), not by hand');
  process.exitCode = 2;
} else {
  const leave = (code: number) => void closePagefind().finally(() => process.exit(code));
  process.once('disconnect', () => leave(1));
  process.once('message', (message) => {
    const { dir, parts } = message as IndexRequest;
    void indexParts(dir, parts)
      .catch((error: Error) => ({ pages: 0, errors: [error.message] }))
      .then(reply)
      .then(
        () => leave(0),
        () => leave(1),
      );
  });
}
