"""What the station's web page (counter_app.web) does for residents, on the same rules and rows as the counter.

Every function here acts as the web role (``Role.WEB``) and checks its permission first; bookings go through
the very ``book``/``cancel`` operations the counters call, so a slot's places are counted once for both.
"""
