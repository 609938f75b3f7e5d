export type SourceKind = "TEXT" | "MARKDOWN" | "PDF" | "URL" | "SEARCH_RESULT";

/** What becomes a `Source` row: the text, and what it came from. */
export interface ExtractedSource {
  kind: SourceKind;
  title: string;
  content: string;
  /** Size of what was received (the file or the response body), not of the extracted text. */
  byteSize: number;
  /** sha256 (hex) of `content`, so the same text uploaded twice is recognised. */
  contentHash: string;
}

export interface FetchedPage extends ExtractedSource {
  kind: "URL";
  /** The address the content came from, after redirects. */
  url: string;
  contentType: string;
  /** The text was cut at MAX_SOURCE_TEXT_BYTES. */
  truncated: boolean;
}

export type UrlFetcher = (url: string, signal?: AbortSignal) => Promise<FetchedPage>;
