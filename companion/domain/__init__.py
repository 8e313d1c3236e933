"""Pure domain code: records, periods and streaks, recommendations, weeks, insights.

Nothing here imports Textual or TinyDB or touches the disk; every function takes
its dates and clock in.
"""
