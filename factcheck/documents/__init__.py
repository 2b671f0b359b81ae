"""The documents stage: read a draft (load: format, decode, chunks for huge files) and split it
into prose segments whose offsets map back to the file (segments), for plain text (plain),
Markdown (markdown) and HTML (html)."""
