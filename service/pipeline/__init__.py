"""The comparison pipeline: plain code over plain data, no web imports.

segment -> analyse -> embed -> align -> compare -> report
"""
