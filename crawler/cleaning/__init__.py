"""Pure text cleaning: Unicode normalisation, boilerplate removal, dates, encodings."""
