#!/usr/bin/env python3
"""Writes the broken guide corpus in broken/: one problem per file, each with a sidecar
NAME.expect holding two lines: "LINE:COLUMN" where the parser must point, and a phrase its
message must contain. Run it from anywhere; it rewrites broken/ in full. The files are
committed, so the tests do not need Python; edit this script and rerun it to change them."""
import os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "broken")
GOOD_HEAD = b"# Calm Mornings {#calm}\n\nA short guide.\n\n"

cases = [
    # name, bytes, "line:column", phrase
    ("item-before-any-step", GOOD_HEAD + b"1. Early: before any step\n", "5:1", "outside a step"),
    ("item-in-closing-section", GOOD_HEAD + b"## Step 1: Begin\n\n1. A\n\n## Closing\n\n  1. Late\n", "11:3", "outside a step"),
    ("duplicate-section-key", GOOD_HEAD + b"## Step 1: Begin {#start}\n\n## Step 2: Again {#start}\n", "7:18", "already used by the section on line 5"),
    ("duplicate-item-key", GOOD_HEAD + b"## Step 1: Begin\n\n1. Call: a friend\n2. Call: again\n", "8:1", "already used by the item on line 7"),
    ("bad-explicit-key-uppercase", GOOD_HEAD + b"## Step 1: Begin {#Begin}\n", "5:18", "is not valid"),
    ("bad-explicit-key-underscore", GOOD_HEAD + b"## Step 1: Begin\n\n1. Tea: green {#green_tea}\n", "7:15", "is not valid"),
    ("key-too-long", GOOD_HEAD + b"## Step 1: Begin {#" + b"a" * 65 + b"}\n", "5:18", "at most 64"),
    ("step-out-of-order", GOOD_HEAD + b"## Step 1: Begin\n\n## Step 3: Skip\n", "7:9", "step 3 is out of order"),
    ("step-zero", GOOD_HEAD + b"## Step 0: Nothing\n", "5:9", "out of order"),
    ("item-out-of-order", GOOD_HEAD + b"## Step 1: Begin\n\n1. A\n2. B\n4. D\n", "9:1", "item 4 is out of order"),
    ("huge-step-number", GOOD_HEAD + b"## Step 99999999999999999999999999: Big\n", "5:9", "out of order"),
    ("huge-item-number", GOOD_HEAD + b"## Step 1: Begin\n\n18446744073709551616. Big\n", "7:1", "out of order"),
    ("empty-file", b"", "1:1", "there is no guide in this file"),
    ("only-blank-lines", b"\n\n   \n\t\n", "1:1", "there is no guide in this file"),
    ("only-comments", b"<!-- a comment -->\n\n  <!-- another -->\n", "1:1", "there is no guide in this file"),
    ("no-title", b"Some words first.\n\n## Step 1: Begin\n", "1:1", "must start with a title line"),
    ("step-before-title", b"<!-- draft -->\n## Step 1: Begin\n# Title\n", "2:1", "must start with a title line"),
    ("two-titles", GOOD_HEAD + b"## Step 1: Begin\n\n# Another Title\n", "7:1", "a second title"),
    ("title-without-text", b"#\n\nText.\n", "1:1", "has no title"),
    ("title-only-a-key", b"# {#calm}\n", "1:1", "has no title"),
    ("title-without-letters", "# 🌸 🌸\n".encode(), "1:1", "no key can be made"),
    ("heading-without-text", GOOD_HEAD + b"##\n", "5:1", "has no title"),
    ("step-without-title", GOOD_HEAD + b"## Step 1:   \n", "5:1", "has no title"),
    ("step-without-colon", GOOD_HEAD + b"## Step 1 Begin\n", "5:1", "must look like"),
    ("level-three-heading", GOOD_HEAD + b"## Step 1: Begin\n\n### Detail\n", "7:1", "only \"#\""),
    ("level-six-heading", b"# T\n###### Deep\n", "2:1", "only \"#\""),
    ("empty-item", GOOD_HEAD + b"## Step 1: Begin\n\n  1.\n", "7:3", "this item has no text"),
    ("paragraph-after-items", GOOD_HEAD + b"## Step 1: Begin\n\n1. A\n\nA late paragraph.\n", "9:1", "a paragraph follows"),
    ("unclosed-comment", GOOD_HEAD + b"<!-- this comment never ends\n## Step 1: Begin\n", "5:1", "must end on the same line"),
    ("nul-byte", GOOD_HEAD + b"## Step 1: Be\x00gin\n", "5:14", "NUL"),
    ("invalid-utf8-latin1", GOOD_HEAD + b"## Step 1: Caf\xe9 time\n", "5:15", "not valid UTF-8"),
    ("invalid-utf8-lone-continuation", b"# T\n\nText \x80 here.\n", "3:6", "not valid UTF-8"),
    ("invalid-utf8-truncated-sequence", b"# T\n\nEuro \xe2\x82 sign.\n", "3:6", "not valid UTF-8"),
    ("invalid-utf8-overlong-slash", b"# T\n\nPath \xc0\xaf here.\n", "3:6", "not valid UTF-8"),
    ("invalid-utf8-surrogate", b"# T\n\nHalf \xed\xa0\x80 pair.\n", "3:6", "not valid UTF-8"),
    ("invalid-utf8-beyond-unicode", "# T\n\nÉté ".encode() + b"\xf4\x90\x80\x80\n", "3:5", "not valid UTF-8"),
    ("invalid-utf8-at-end", b"# T\n\nText\n\xff", "4:1", "not valid UTF-8"),
    ("utf16-with-bom", "# T\n\nText.\n".encode("utf-16"), "1:1", "not valid UTF-8"),
    ("bom-then-binary-junk", b"\xef\xbb\xbf\xfe\xfd junk\n# T\n", "1:1", "not valid UTF-8"),
    ("bom-then-text-before-title", b"\xef\xbb\xbfjunk before the title\n# T\n", "1:1", "must start with a title line"),
    ("cr-only-line-endings", b"# T\r\rText.\r", "1:4", "carriage return"),
    ("crlf-item-out-of-order", b"# T\r\n\r\n## Step 1: A\r\n\r\n1. A\r\n3. C\r\n", "6:1", "item 3 is out of order"),
]

if os.path.isdir(OUT):
    shutil.rmtree(OUT)
os.makedirs(OUT)
for number, (name, data, where, phrase) in enumerate(cases, 1):
    base = os.path.join(OUT, "%02d-%s" % (number, name))
    with open(base + ".md", "wb") as f:
        f.write(data)
    with open(base + ".expect", "w") as f:
        f.write(where + "\n" + phrase + "\n")
print("wrote %d broken guides to %s" % (len(cases), OUT))
