/**
 * `sinmun/warc`: Articles from WARC archives (Node only), read with webrecorder's warcio.
 * STUB: to be written (issue #18).
 */
export {};
