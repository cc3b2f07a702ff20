import RekindleKit
print("rekindle")
