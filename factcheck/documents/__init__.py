"""The documents stage: read a draft (load) and split it into prose segments whose offsets map
back to the file (segments), for plain text, Markdown (markdown) and HTML (html)."""
