from factcli.launch import main

main()
