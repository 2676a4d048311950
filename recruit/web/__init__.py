"""What every request passes through: error pages, outage answers, security headers, rate limits."""
