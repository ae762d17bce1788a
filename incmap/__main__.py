from incmap import main

main()
