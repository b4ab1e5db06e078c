import { parseHighlight } from './highlight';

/** Renders the API's escaped highlight safely: text nodes and <mark>, no innerHTML. */
export function Highlighted({ html }: { html: string }) {
  return (
    <>
      {parseHighlight(html).map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
