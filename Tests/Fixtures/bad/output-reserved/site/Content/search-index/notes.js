window.mine = 3;
