"""What is measured between scans: height, function and fall-risk tests, labs and FRAX results.

``units`` holds the exact unit conversions and physical ranges, ``norms`` the cut-offs of each
test with its source, ``height`` the height-loss arithmetic, ``labs`` how a lab result reads
against its thresholds and the lab's range, ``frax`` the FRAX worksheet (inputs gathered from the
record, never a FRAX number) and the treatment thresholds, and ``summary`` the per-kind latest
values the plan, report and chart show.
"""
