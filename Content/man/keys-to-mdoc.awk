# Turns `rekindle keys` (Markdown: "**Group**" lines and "| Keys | What |" tables) into an mdoc
# KEYS section, so the man page lists exactly the key table the program uses.
function text(s) {
    gsub(/\\/, "\\e", s)                  # a backslash is mdoc's escape character
    sub(/^[.']/, "\\\\\\&&", s)           # a line may not start with a request character
    return s
}
BEGIN { print ".Sh KEYS"; print "In the full-screen interface (the same table as ? in the app and" ; print ".Ql rekindle keys ) :"; open = 0 }
/^\*\*.*\*\*$/ {
    if (open) print ".El"
    group = $0; gsub(/\*\*/, "", group)
    print ".Ss " text(group)
    print ".Bl -tag -width 14n"
    open = 1
    next
}
/^\| Keys \|/ || /^\|---/ { next }
/^\| / {
    n = split($0, cells, /[ ]*\|[ ]*/)
    # cells[1] is empty (before the first bar); cells[2] keys, cells[3] what they do
    print ".It Sy " text(cells[2])
    print text(cells[3])
    next
}
END { if (open) print ".El" }
